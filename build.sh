#!/usr/bin/env bash
# Intake's one entry point:
#   ./build.sh run [--fresh] [--no-build]   install what is missing, build, start everything (AppHost)
#   ./build.sh test [--no-build]            the same set-up, then every test project, one after another
#   ./build.sh bench [--no-build]           the same set-up, then the benchmarks under bench/
set -euo pipefail
cd "$(dirname "$0")"

CONFIGURATION=Release
# The OCR languages the extractors read: English, German, French; DejaVu for the document generator (tools/Generator).
APT_PACKAGES=(redis-server tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra poppler-utils fonts-dejavu-core)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[build.sh] %s\n' "$*"; }

missing_apt_packages() {
  local missing=() package
  local wanted=("${APT_PACKAGES[@]}")
  # Postgres's server binaries: Debian's postgresql, unless some version is already there.
  compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || wanted+=(postgresql)
  # Node.js runs the object store (s3rver); Debian packages npm apart from it.
  command -v node > /dev/null || wanted+=(nodejs)
  command -v npm > /dev/null || wanted+=(npm)
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  echo "${missing[@]:-}"
}

install_prerequisites() {
  local missing
  missing=$(missing_apt_packages)
  if [[ -n "$missing" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      log "missing Debian packages: $missing"
      log "run this once, then ./build.sh again:"
      echo "  sudo apt-get update && sudo apt-get install -y $missing"
      exit 1
    fi
    log "installing $missing"
    local apt_log
    apt_log=$(mktemp)
    # Quiet when it works; the whole apt output when it does not.
    # shellcheck disable=SC2086 # one word per package
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
           DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; } > "$apt_log" 2>&1; then
      cat "$apt_log" >&2
      rm -f "$apt_log"
      log "apt-get could not install $missing"
      exit 1
    fi
    rm -f "$apt_log"
  fi

  if [[ ! -d objectstore/node_modules/s3rver ]] || [[ objectstore/package-lock.json -nt objectstore/node_modules ]]; then
    log "installing the object store (npm ci)"
    (cd objectstore && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
    touch objectstore/node_modules
  fi
}

build() {
  log "building ($CONFIGURATION)"
  dotnet build Aspire.sln -c "$CONFIGURATION" --nologo -v quiet -clp:ErrorsOnly
  build_samples
}

# The samples are built as a third party builds them: against the packed SDK, not the project.
build_samples() {
  log "packing the plugin SDK into artifacts/packages"
  dotnet pack Extractors/Abstractions -c "$CONFIGURATION" --no-build --nologo -v quiet -o artifacts/packages > /dev/null
  # Same version, new bits: drop the sample's cached copy so it restores this build's package.
  rm -rf samples/.packages/intake.extractors.abstractions
  local sample
  for sample in samples/*/*.csproj; do
    log "building sample $sample"
    dotnet build "$sample" -c "$CONFIGURATION" --nologo -v quiet -clp:ErrorsOnly
  done
}

run_tests() {
  local results=TestResults failed=0 project
  rm -rf "$results"
  # One project at a time: each starts the whole application, and the machine has two cores.
  for project in $(find tests samples -name '*.Tests.csproj' | sort); do
    log "testing $project"
    dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo \
      --logger "trx;LogFilePrefix=$(basename "$project" .csproj)" --results-directory "$results" || failed=1
  done
  return $failed
}

command=${1:-}
shift || true
no_build=false
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) no_build=true ;;
    --) ;; # "./build.sh run -- Processor:Replicas=2" reads as well without it
    *) args+=("$arg") ;;
  esac
done

case "$command" in
  run)
    install_prerequisites
    $no_build || build
    exec dotnet run --project AppHost -c "$CONFIGURATION" --no-build -- "${args[@]}"
    ;;
  test)
    install_prerequisites
    $no_build || build
    run_tests
    ;;
  bench)
    install_prerequisites
    $no_build || build
    if ! compgen -G "bench/*/*.csproj" > /dev/null; then
      log "no benchmarks yet"
      exit 0
    fi
    # Accuracy, Ingestion, Webhooks…: each gets the same arguments, so only --quick and Key=Value
    # (which each benchmark reads as configuration) may be given here; see bench/README.md.
    for project in bench/*/*.csproj; do
      log "benchmark $project"
      dotnet run --project "$project" -c "$CONFIGURATION" --no-build -- "${args[@]}"
    done
    ;;
  *)
    echo "usage: ./build.sh run [--fresh] [--no-build] | test [--no-build] | bench [--no-build]" >&2
    exit 2
    ;;
esac
