// Which open documents are VanKien documents, for the extension to decide whether to start the
// server at all (VS Code activates on a language, never on content). The server decides for itself
// which files it checks, the way `vankien build` and `check` discover sources.
'use strict';
const path = require('path');

/** Whether an open document is a VanKien document: vankien.yaml, or `loai:` in its front matter (Markdown) or at its top level (YAML). */
function isVanKienDocument(document) {
  if (!document.uri || document.uri.scheme !== 'file') return false;
  if (path.basename(document.fileName) === 'vankien.yaml') return true;
  const lines = document.getText().replace(/^\uFEFF/, '').split(/\r?\n/);
  if (document.languageId === 'markdown') {
    if (lines[0].trimEnd() !== '---') return false;
    for (const line of lines.slice(1)) {
      if (/^(---|\.\.\.)\s*$/.test(line)) return false;
      if (line.startsWith('loai:')) return true;
    }
    return false;
  }
  return document.languageId === 'yaml' && lines.some((line) => line.startsWith('loai:'));
}

module.exports = { isVanKienDocument };
