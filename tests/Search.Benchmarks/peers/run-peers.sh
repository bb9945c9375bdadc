#!/usr/bin/env bash
# Measures the three reference engines on the same Reuters units and 1,000 phrases as the C# benchmark,
# one after the other on one thread each, and prints one Markdown row per engine.
# Usage (from the repository root): tests/Search.Benchmarks/peers/run-peers.sh [CORPUS] [PHRASES] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$(realpath "${1:-../shared/corpora/reuters21578-articles}")"
phrases="$(realpath "${2:-../shared/corpora/reuters-phrases.json}")"
seconds="${3:-5}"
work="$(mktemp -d /tmp/search-peers.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# Debian's packages: Java Lucene 4.10 with a JDK to compile against it, Xapian's and SQLite's Python bindings, h2load.
need=()
[ -f /usr/share/java/lucene-core-4.10.4.jar ] || need+=(liblucene4.10-java)
command -v javac >/dev/null || need+=(default-jdk-headless)
/usr/bin/python3 -c 'import xapian' 2>/dev/null || need+=(python3-xapian)
# Not a peer: h2load, which the benchmark's `grpc` command sets beside its own load generator.
command -v h2load >/dev/null || need+=(nghttp2-client)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

jars=/usr/share/java/lucene-core-4.10.4.jar:/usr/share/java/lucene-analyzers-common-4.10.4.jar
javac -d "$work/classes" -cp "$jars" "$here/LucenePeer.java"

echo "| engine | build s | units | top-10 phrase q/s, ids only | top-10 phrase q/s, with text | exact counts |"
echo "|---|---|---|---|---|---|"
java -cp "$work/classes:$jars" LucenePeer "$corpus" "$phrases" "$work/lucene" "$seconds"
# The system Python, where Debian installs the xapian module.
/usr/bin/python3 "$here/xapian_peer.py" "$corpus" "$phrases" "$work/xapian" "$seconds"
/usr/bin/python3 "$here/sqlite_peer.py" "$corpus" "$phrases" "$work/fts5.db" "$seconds"
