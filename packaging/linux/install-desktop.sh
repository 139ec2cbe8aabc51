#!/bin/sh
# Install Benefit–Effort Planner in the user's own desktop (no root): the menu entry, the icon and
# the .bep file type, so a double-click on a plan opens it in the app.
#   ./install-desktop.sh [APP]     APP: the benefit-planner executable (default: the one beside
#                                  this script in the bundle, else the one on PATH)
# Honours XDG_DATA_HOME (default ~/.local/share). Run it again after moving the bundle.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-}
if [ -z "$app" ]; then
  if [ -x "$here/benefit-planner" ]; then app="$here/benefit-planner"
  else app=$(command -v benefit-planner || true)
  fi
fi
if [ -z "$app" ] || [ ! -x "$app" ]; then
  echo "install-desktop.sh: no benefit-planner program found; give its path as the first argument." >&2
  exit 1
fi
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
# The icons: in the bundle beside the program, in a source checkout two folders up.
for icons in "$here/_internal/planner/resources/icons" "$here/../../resources/icons"; do
  [ -f "$icons/benefit-planner.svg" ] && break
done
if [ ! -f "$icons/benefit-planner.svg" ]; then
  echo "install-desktop.sh: the app's icons are missing beside this script." >&2
  exit 1
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
for png in "$icons"/benefit-planner-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/benefit-planner.png"
done
cp "$icons/benefit-planner.svg" "$data/icons/hicolor/scalable/apps/benefit-planner.svg"
cp "$here/benefit-planner-mime.xml" "$data/mime/packages/benefit-planner.xml"
# The program's full path, quoted as the Desktop Entry specification asks, so no PATH is needed.
quoted=$(printf '%s' "$app" | sed 's/[\\"`$]/\\&/g')
sed "s|^Exec=.*|Exec=\"$quoted\" %f|" "$here/benefit-planner.desktop" > "$data/applications/benefit-planner.desktop"

# The desktop's caches, where their tools are installed; without them the files still take
# effect at the next login on most desktops.
command -v update-mime-database >/dev/null && update-mime-database "$data/mime"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications"
command -v xdg-mime >/dev/null && xdg-mime default benefit-planner.desktop application/x-benefit-planner
echo "Benefit–Effort Planner is in your applications menu; .bep plans open in it ($app)."
