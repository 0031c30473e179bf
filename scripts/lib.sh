# Shared by the scripts in this folder; sourced, not run.

# require_tools: the JDK, Maven and Node.js 20+ (with npm), or exit naming what is missing.
# require_tools --java-only: the JDK and Maven, for the scripts that start no emulator.
require_tools() {
  local missing=()
  command -v java >/dev/null || missing+=("JDK 17+ (java)")
  command -v mvn >/dev/null || missing+=("Maven 3.8+ (mvn)")
  if [ "${1:-}" != --java-only ]; then
    command -v node >/dev/null || missing+=("Node.js 20+ (node)")
    command -v npm >/dev/null || missing+=("npm")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing prerequisites: ${missing[*]}" >&2
    exit 1
  fi
  [ "${1:-}" = --java-only ] && return 0
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$node_major" -lt 20 ]; then
    echo "Node.js 20+ is required (found $(node --version))" >&2
    exit 1
  fi
}

# dynalite, playwright-core and axe-core come from the committed lockfile. Playwright must not
# download browsers: the tests drive Debian's Chromium.
ensure_node_modules() {
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ ! -d node_modules/dynalite ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing the DynamoDB emulator and the browser-test tools (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# The pages in a real browser: one local server and one Chromium for every page test.
run_browser_tests() {
  local chromium="${CHROMIUM:-/usr/bin/chromium}"
  if [ ! -x "$chromium" ]; then
    echo "browser tests skipped: chromium not found at $chromium (apt-get install chromium, or set CHROMIUM)"
    return 0
  fi
  echo "Browser tests (Chromium at $chromium)..."
  CHROMIUM="$chromium" node src/test/browser/run.mjs
}

# Deletes compiled classes whose source is gone (the compiler leaves them behind, and a stale
# class in target/classes would end up in the artifact).
drop_stale_classes() {
  local dir src cls rel top
  for dir in target/classes target/test-classes; do
    [ -d "$dir" ] || continue
    while IFS= read -r cls; do
      rel=${cls#"$dir"/}
      top=${rel%%\$*}; top=${top%.class}
      for src in src/main/java src/test/java src/dev/java; do
        [ -f "$src/$top.java" ] && continue 2
      done
      rm -f "$cls"
    done < <(find "$dir" -name '*.class')
    find "$dir" -mindepth 1 -type d -empty -delete
  done
}

# Compiles what changed, main and src/dev (local server, importers, publishers: compiled with the
# tests, never part of the Lambda artifact), and records the test-scope classpath they run with.
build_classes() {
  if [ ! -f target/dev-classpath.txt ] || [ pom.xml -nt target/dev-classpath.txt ] \
     || [ -n "$(find src/main src/dev src/test -newer target/dev-classpath.txt -print -quit 2>/dev/null)" ]; then
    echo "Building (mvn test-compile)..."
    drop_stale_classes
    mvn -q -B -ntp -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/dev-classpath.txt -Dmdep.includeScope=test
    touch target/dev-classpath.txt
  fi
}

# The classpath of the dev tools: main classes first, then src/dev and test classes, then the jars.
dev_classpath() {
  echo "target/classes:target/test-classes:$(cat target/dev-classpath.txt)"
}
