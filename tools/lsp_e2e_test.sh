#!/bin/sh
# Runs the scripted LSP client (tools/lsp_e2e_test.py) against the factcheck
# binary built by Bazel: `factcheck lsp` over stdio, end to end.
PYTHONDONTWRITEBYTECODE=1 exec python3 tools/lsp_e2e_test.py tools/factcheck
