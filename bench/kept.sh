#!/usr/bin/env bash
# Alternating builds of two (binary, site) pairs into output folders kept from build to build, as
# an editor's repeated `qsite build` does (each build then also replaces and removes the previous site):
# bench/pair.sh with KEEP_OUTPUT=1. The untimed first build of each writes the folder the timed ones replace.
# Usage: bash bench/kept.sh RUNS NAME_A DLL_A SITE_A NAME_B DLL_B SITE_B
KEEP_OUTPUT=1 exec bash "$(dirname "$0")/pair.sh" "$@"
