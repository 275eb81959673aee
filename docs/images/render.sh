#!/usr/bin/env bash
# Regenerates docs/images/*.png: page 1 of each generated document kind, rendered by LibreOffice.
# Needs: dotnet, soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils), fonts-noto-cjk.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d /tmp/lr-images-XXXXXX)"
profile="$(mktemp -d /tmp/lo-XXXXXX)"
trap 'rm -rf "$work" "$profile"' EXIT

LR_SAMPLE_OUT="$work" dotnet test "$repo/tests/LegalReview.Generation.Tests" --filter "FullyQualifiedName~SampleOutput" >/dev/null
for docx in "$work"/*.docx; do
  # Comments go into the PDF: printed in the margin on LibreOffice 7.5+, as comment icons at their anchors on 7.4.
  soffice "-env:UserInstallation=file://$profile" --headless \
    --convert-to 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}' \
    --outdir "$work" "$docx" >/dev/null
  name="$(basename "$docx" .docx)"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$name.pdf" "$here/$name"
  echo "docs/images/$name.png"
done
