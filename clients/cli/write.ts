/**
 * `--fix` saving a draft without losing anything.
 */
import { accessSync, chmodSync, chownSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readDraft } from './files.js';

/** The draft on disk is no longer the text that was checked (someone saved it meanwhile). */
export class ChangedOnDisk extends Error {}

/**
 * Write via a temporary file in the same folder and a rename, so a crash or a
 * full disk leaves either the old text or the new one, never a half-written
 * draft. Keeps the file's mode, its byte order mark and (when run as root) its
 * owner. Follows a symlink to its target, so the link stays a link. A draft
 * the user could not overwrite in place (read-only) is refused with EACCES
 * rather than replaced by the rename, which a writable folder would allow.
 * Just before the rename the draft is read again: if it is no longer the text
 * that was checked (an editor saved it meanwhile), nothing is replaced and
 * ChangedOnDisk is thrown, so that edit is not lost.
 */
export function writeAtomic(path: string, text: string, original: { text: string; bom: boolean }): void {
  const target = realpathSync(path);
  const st = statSync(target);
  accessSync(target, constants.W_OK);
  const mode = st.mode & 0o7777;
  const tmp = join(dirname(target), `.${basename(target)}.followup-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  let created = false;
  try {
    const fd = openSync(tmp, 'wx', mode);
    created = true;
    try {
      writeFileSync(fd, original.bom ? `\uFEFF${text}` : text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
      try {
        chownSync(tmp, st.uid, st.gid);
      } catch {
        // only root may give a file away; anyone else keeps their own ownership
      }
    }
    chmodSync(tmp, mode);
    const now = readDraft(target);
    if (!now.ok || now.text !== original.text || now.bom !== original.bom) throw new ChangedOnDisk(`${path} changed while it was being checked`);
    renameSync(tmp, target);
  } catch (error) {
    if (created) {
      try {
        unlinkSync(tmp);
      } catch {
        // already renamed
      }
    }
    throw error;
  }
}
