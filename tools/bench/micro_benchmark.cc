// Micro-benchmarks of each stage of factcheck on a folder of news text:
// ingestion (UTF-8 checks and markup), reading (furniture, sentences,
// metadata), sentence splitting and tokenizing alone, claim extraction, the
// linguistic analysis (tokens per second) and its model's loading, and
// cross-source comparison. Throughput is reported in bytes of input per
// second, so that stages can be compared with each other and with the
// whole process (tools/bench/speed.sh).
//
//   bazel run //tools/bench:micro                             # the news corpus
//   FACTCHECK_CORPUS=/some/folder bazel run //tools/bench:micro
//
// The corpus is $FACTCHECK_CORPUS, else ../shared/corpus/news beside the
// workspace, else testdata/seeds.

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "claims/analysis/analyzer.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "claims/lexicon.h"
#include "claims/markup.h"
#include "claims/sentences.h"
#include "claims/tokenizer.h"
#include "compare/comparator.h"
#include "tools/document_loader.h"

namespace factcheck {
namespace {

struct Corpus {
  std::unique_ptr<Lexicon> lexicon;
  std::vector<InputFile> inputs;
  std::vector<ReadDocumentResult> read;       // after DocumentReader::Read
  std::vector<SourceDocument> extracted;      // after extraction
  int64_t bytes = 0;
};

std::string CorpusFolder() {
  if (const char* folder = std::getenv("FACTCHECK_CORPUS")) return folder;
  if (const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY")) {
    return absl::StrCat(workspace, "/../shared/corpus/news");
  }
  return "../shared/corpus/news";
}

// Loaded once for all benchmarks; aborts with the reason when the corpus or
// the lexicon cannot be read (no benchmark could run).
const Corpus& GetCorpus() {
  static const Corpus* const corpus = [] {
    auto* c = new Corpus;
    auto lexicon = Lexicon::Load({});
    if (!lexicon.ok()) {
      std::fprintf(stderr, "micro: %s\n", std::string(lexicon.status().message()).c_str());
      std::exit(2);
    }
    c->lexicon = std::move(*lexicon);
    auto files = ExpandPaths({CorpusFolder()});
    if (!files.ok()) files = ExpandPaths({"testdata/seeds"});
    if (!files.ok()) {
      std::fprintf(stderr, "micro: %s\n", std::string(files.status().message()).c_str());
      std::exit(2);
    }
    DocumentReader reader(*c->lexicon);
    ClaimExtractor extractor(*c->lexicon);
    for (const std::string& path : *files) {
      auto input = ReadInputFile(path, {});
      if (!input.ok()) continue;
      c->bytes += static_cast<int64_t>(input->bytes.size());
      ReadDocumentResult read = reader.Read(*input);
      c->read.push_back(read);
      extractor.Extract(*input, read);
      c->extracted.push_back(read.document);
      c->inputs.push_back(std::move(*input));
    }
    std::fprintf(stderr, "micro: %zu files, %.2f MB from %s\n", c->inputs.size(),
                 c->bytes / 1e6, CorpusFolder().c_str());
    return c;
  }();
  return *corpus;
}

void BM_Ingest(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const InputFile& input : corpus.inputs) {
      benchmark::DoNotOptimize(ValidateText(input.path, input.bytes));
      IngestedText text = Ingest(input.bytes, input.format);
      benchmark::DoNotOptimize(text);
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
}
BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  SentenceSplitter splitter(*corpus.lexicon);
  for (auto _ : state) {
    for (const ReadDocumentResult& read : corpus.read) {
      const std::string& text = read.clean.text();
      benchmark::DoNotOptimize(splitter.Split(text, 0, static_cast<int64_t>(text.size())));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    for (const ReadDocumentResult& read : corpus.read) {
      const std::string& text = read.clean.text();
      benchmark::DoNotOptimize(Tokenize(text, 0, static_cast<int64_t>(text.size())));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Furniture, sentences, metadata and spans: everything before extraction.
void BM_ReadDocument(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  DocumentReader reader(*corpus.lexicon);
  for (auto _ : state) {
    for (const InputFile& input : corpus.inputs) {
      benchmark::DoNotOptimize(reader.Read(input));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
}
BENCHMARK(BM_ReadDocument)->Unit(benchmark::kMillisecond);

// Claim extraction alone, on documents already read (their copies are made
// outside the timing).
void BM_ExtractClaims(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  ClaimExtractor extractor(*corpus.lexicon);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<ReadDocumentResult> read = corpus.read;
    state.ResumeTiming();
    for (size_t i = 0; i < read.size(); ++i) extractor.Extract(corpus.inputs[i], read[i]);
    benchmark::DoNotOptimize(read);
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
}
BENCHMARK(BM_ExtractClaims)->Unit(benchmark::kMillisecond);

// Read and extract, as `factcheck extract` does per file, without start-up
// and output.
void BM_ReadAndExtract(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  DocumentReader reader(*corpus.lexicon);
  ClaimExtractor extractor(*corpus.lexicon);
  for (auto _ : state) {
    for (const InputFile& input : corpus.inputs) {
      ReadDocumentResult read = reader.Read(input);
      extractor.Extract(input, read);
      benchmark::DoNotOptimize(read);
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
}
BENCHMARK(BM_ReadAndExtract)->Unit(benchmark::kMillisecond);

// Loading the shipped vocabulary: paid once per process.
// The linguistic layer over every sentence of the corpus: UD tokenizing,
// tagging, lemmas, parsing and entities. Reports tokens per second.
void BM_Analyze(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const Analyzer* analyzer = BuiltinAnalyzer().value();
  int64_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const ReadDocumentResult& read : corpus.read) {
      for (const Sentence& sentence : read.document.sentences()) {
        const std::string& text = sentence.text();
        SentenceAnalysis a = analyzer->Analyze(text, 0, text.size());
        tokens += static_cast<int64_t>(a.tokens.size());
        bytes += static_cast<int64_t>(text.size());
        benchmark::DoNotOptimize(a);
      }
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// Parsing the built-in analysis model (once per process in factcheck).
void BM_LoadAnalysisModel(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  for (auto _ : state) {
    auto analyzer = Analyzer::FromModel(BuiltinAnalysisModel(), *corpus.lexicon);
    benchmark::DoNotOptimize(analyzer);
  }
}
BENCHMARK(BM_LoadAnalysisModel)->Unit(benchmark::kMillisecond);

void BM_LoadLexicon(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Lexicon::Load({}));
}
BENCHMARK(BM_LoadLexicon)->Unit(benchmark::kMillisecond);

// Comparing the first N documents with each other (audit without reading).
// Cost per claim should stay flat as N grows (no all-pairs work).
void BM_CompareDocuments(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const size_t n = std::min<size_t>(static_cast<size_t>(state.range(0)), corpus.extracted.size());
  std::vector<const SourceDocument*> documents;
  int64_t claims = 0;
  for (size_t i = 0; i < n; ++i) {
    documents.push_back(&corpus.extracted[i]);
    claims += corpus.extracted[i].claims_size();
  }
  CompareOptions options;
  for (auto _ : state) {
    benchmark::DoNotOptimize(CompareDocuments(documents, options, *corpus.lexicon));
  }
  state.SetItemsProcessed(state.iterations() * claims);
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_CompareDocuments)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace factcheck
