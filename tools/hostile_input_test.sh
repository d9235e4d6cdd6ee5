#!/bin/sh
# Runs the hostile-input suite (tools/hostile_input_test.py) against the
# factcheck binary built by Bazel.
exec python3 tools/hostile_input_test.py tools/factcheck
