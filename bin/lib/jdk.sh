# Sourced by bin/ember and bin/test: finds a JDK 25+ and exports JAVA_HOME, or exits with a clear message.
release_field() {  # prints field $2 of the JDK release file $1, quotes removed; plain bash (no fork: startup time)
  local line
  [[ -r "$1" ]] || return 0
  while IFS= read -r line; do
    if [[ "$line" == "$2="* ]]; then
      line="${line#*=}"; line="${line#\"}"; echo "${line%\"}"
      return 0
    fi
  done <"$1"
}

java_major() {  # prints the feature version of the JDK at $1 (read from its `release` file: no JVM start), or nothing
  local v
  v=$(release_field "$1/release" JAVA_VERSION)
  v="${v%%[!0-9]*}"
  echo "$v"
}

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    local m; m=$(java_major "$JAVA_HOME")
    if [[ -n "$m" && "$m" -ge 25 ]]; then echo "$JAVA_HOME"; return; fi
  fi
  local best="" best_m=0 d m
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [[ -x "$d/bin/javac" && ! -L "$d" ]] || continue
    m=$(java_major "$d")
    if [[ -n "$m" && "$m" -ge 25 && "$m" -gt "$best_m" ]]; then best="$d"; best_m=$m; fi
  done
  echo "$best"
}

JDK=$(find_jdk)
if [[ -z "$JDK" ]]; then
  echo "ember: needs a JDK 25 or newer, and found none." >&2
  echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm/*." >&2
  echo "  Install one (e.g. a Temurin 25 JDK under /usr/lib/jvm) or point JAVA_HOME at it." >&2
  exit 127
fi
export JAVA_HOME="$JDK"
# Maven 3.8 uses sun.misc.Unsafe through Guava; on JDK 25 that prints warnings on every build.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
