# scripts/packages.sh — the Debian 12 packages kiemchung needs, and an
# idempotent installer. Sourced by setup.sh and test.sh.
KC_BUILD_PACKAGES="build-essential cmake pkg-config libarchive-dev libpoco-dev libpq-dev libtesseract-dev \
libleptonica-dev tesseract-ocr-vie libpoppler-cpp-dev libqpdf-dev libssl-dev libicu-dev libmagic-dev \
libyaml-cpp-dev"
# What the tests add: GoogleTest, the fixture generators (Python + reportlab,
# cryptography, PIL, fonts), the JSON Schema validator and the command-line
# tools the tests use as independent references (qpdf, pdfsig/pdftoppm, zip, 7z,
# the tesseract CLI for bench/ocr_bench.sh), and clang with its libFuzzer runtime for
# the brief fuzz run of scripts/test.sh (tests/fuzz/run_fuzz.sh), and chromium for the headless
# browser checks of the reports and the dashboard (tests/browser/).
KC_TEST_PACKAGES="libgtest-dev libgmock-dev python3 python3-reportlab python3-cryptography python3-pil \
python3-jsonschema fonts-dejavu-core fonts-dejavu-extra poppler-utils qpdf zip unzip p7zip-full tesseract-ocr clang libclang-rt-dev \
libreoffice-calc-nogui libreoffice-writer-nogui chromium curl postgresql"

# kc_install PKG... — installs the missing ones only; silent when none is missing.
kc_install() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "kiemchung: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# kc_build — configure and build into build/ (Release with debug info).
kc_build() {
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build -j"$(nproc)"
}
