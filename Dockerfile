# factcheck in a Debian 12 image: built from this checkout offline (Debian's
# packages only), installed with its man page and bash completion.
#   docker build -t factcheck .
#   docker run --rm -v "$PWD:/work" -w /work factcheck check --sources=wires/ draft.md
FROM debian:12 AS build
COPY . /src
WORKDIR /src
RUN tools/setup.sh \
 && bazel build -c opt //tools:factcheck \
 && tools/integrations/install.sh /opt/factcheck bazel-bin/tools/factcheck

FROM debian:12-slim
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libprotobuf32 libabsl20220623 libspdlog1.10 libfmt9 libssl3 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libutf8proc2 libmagic1 man-db \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/factcheck /usr/local
ENTRYPOINT ["factcheck"]
CMD ["--help"]
