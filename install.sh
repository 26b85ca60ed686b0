#!/usr/bin/env bash
# Builds Sitrep and installs the 'sitrep' command on the PATH as a global .NET tool:
# dotnet pack into bin/tool, then dotnet tool update --global from that folder.
# Each run packs a new prerelease version, so the NuGet cache never serves a stale build.
#
#   ./install.sh                          build (Release) and install
#   ./install.sh --no-build [-c Debug]    install the build already made (CI, tests: saves the two-minute build)
set -euo pipefail

usage="usage: install.sh [--no-build] [-c|--configuration Release|Debug]"
configuration=Release
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=no ;;
    -c|--configuration)
      if [ $# -lt 2 ] || [ -z "$2" ]; then
        echo "install.sh: $1 needs a value. $usage" >&2
        exit 2
      fi
      configuration=$2
      shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'. $usage" >&2; exit 2 ;;
  esac
  shift
done

# Checked before anything else runs, so the one missing prerequisite is named instead of 'command not found'.
if ! command -v dotnet >/dev/null 2>&1; then
  echo "install.sh: 'dotnet' is not on the PATH. Sitrep needs the .NET 10 SDK (https://dotnet.microsoft.com/download);" >&2
  echo "install it, or add the folder that holds 'dotnet' to PATH, then run ./install.sh again." >&2
  exit 1
fi

cd "$(dirname "$0")"
built="src/Sitrep.Cli/bin/$configuration/net10.0/sitrep.dll"
if [ "$build" = no ] && [ ! -f "$built" ]; then
  echo "install.sh: --no-build installs an existing build, but $PWD/$built is missing;" >&2
  echo "run 'dotnet build src/Sitrep.Cli -c $configuration' first, or ./install.sh without --no-build." >&2
  exit 1
fi

version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
feed="$PWD/bin/tool"
rm -rf "$feed"
# The package takes every file in the publish folder, which publishing never empties: a file an older build
# published (or one since left out of publishing) would still be packed.
rm -rf "src/Sitrep.Cli/bin/$configuration/net10.0/publish"
if [ "$build" = yes ]; then
  echo "Building Sitrep $version ($configuration). The first build restores NuGet and npm packages and compiles"
  echo "four projects: about two minutes on two cores. Progress follows."
  dotnet pack src/Sitrep.Cli -c "$configuration" -o "$feed" -p:Version="$version" -v minimal -clp:NoSummary
else
  # Only the package gets the new version; the assemblies keep the one they were built with.
  echo "Packing the existing $configuration build as Sitrep $version"
  dotnet pack src/Sitrep.Cli -c "$configuration" --no-build -o "$feed" -p:PackageVersion="$version" -v minimal -clp:NoSummary
fi
echo "Installing the 'sitrep' tool from $feed"
# 'update' installs the tool when it is missing and replaces an older local build when present.
dotnet tool update --global --add-source "$feed" --version "$version" Sitrep.Cli
# The SDK puts global tools under DOTNET_CLI_HOME when it is set, else under HOME.
tools="${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools"
if [ ! -x "$tools/sitrep" ]; then
  echo "install.sh: 'dotnet tool update' ended without error but $tools/sitrep is missing; nothing was linked." >&2
  exit 1
fi
# Where sitrep is linked when the tools folder is not on the PATH; a test points it at a folder of its own.
link_dir="${SITREP_LINK_DIR:-/usr/local/bin}"
if ! command -v sitrep >/dev/null 2>&1 || [ "$(command -v sitrep)" != "$tools/sitrep" ]; then
  # The SDK does not always put its tool folder on the PATH (a tarball install, a fresh container).
  if [ -w "$link_dir" ]; then
    ln -sf "$tools/sitrep" "$link_dir/sitrep"
    echo "Linked $link_dir/sitrep -> $tools/sitrep"
  else
    echo "Add the .NET tools folder to your PATH:  export PATH=\"\$PATH:$tools\""
  fi
fi
echo "Installed: $(command -v sitrep || echo "$tools/sitrep") ($version). Try: sitrep demo"
