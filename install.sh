#!/usr/bin/env bash
# Builds Sitrep and installs the 'sitrep' command on the PATH as a global .NET tool:
# dotnet pack (Release) into bin/tool, then dotnet tool update --global from that folder.
# Each run packs a new prerelease version, so the NuGet cache never serves a stale build.
set -euo pipefail
cd "$(dirname "$0")"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
feed="$PWD/bin/tool"
echo "Building Sitrep $version (Release). The first build restores NuGet and npm packages and compiles"
echo "four projects: about two minutes on two cores. Progress follows."
rm -rf "$feed"
dotnet pack src/Sitrep.Cli -c Release -o "$feed" -p:Version="$version" -v minimal -clp:NoSummary
echo "Installing the 'sitrep' tool from $feed"
# 'update' installs the tool when it is missing and replaces an older local build when present.
dotnet tool update --global --add-source "$feed" --version "$version" Sitrep.Cli
tools="$HOME/.dotnet/tools"
if ! command -v sitrep >/dev/null 2>&1 || [ "$(command -v sitrep)" != "$tools/sitrep" ]; then
  # The SDK does not always put its tool folder on the PATH (a tarball install, a fresh container).
  if [ -w /usr/local/bin ]; then
    ln -sf "$tools/sitrep" /usr/local/bin/sitrep
    echo "Linked /usr/local/bin/sitrep -> $tools/sitrep"
  else
    echo "Add the .NET tools folder to your PATH:  export PATH=\"\$PATH:$tools\""
  fi
fi
echo "Installed: $(command -v sitrep || echo "$tools/sitrep") ($version). Try: sitrep demo"
