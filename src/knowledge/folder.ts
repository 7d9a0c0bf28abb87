import { existsSync, realpathSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Linux file systems whose "files" are the kernel's live state, by `statfs` magic number: reading
 * one may never end (/proc/kmsg waits for the next kernel message) or never stop giving bytes.
 */
const VIRTUAL_FILE_SYSTEMS: Record<number, string> = {
  0x9fa0: 'proc',
  0x62656572: 'sysfs',
  0x64626720: 'debugfs',
  0x74726163: 'tracefs',
  0x73636673: 'securityfs',
  0x27e0eb: 'cgroup',
  0x63677270: 'cgroup2',
  0x1cd1: 'devpts',
  0xcafe4a11: 'bpf',
  0x62656570: 'configfs',
  0x6165676c: 'pstore',
  0xde5e81e4: 'efivarfs',
  0x65735543: 'fusectl',
  0x42494e4d: 'binfmt_misc',
  0xf97cff8c: 'selinuxfs',
  0x6e736673: 'nsfs',
};
/** Where those are mounted on any Linux: caught by path too, where `statfs` is missing or says nothing. */
const VIRTUAL_MOUNTS = ['/proc', '/sys'];

/** The name of the virtual file system `realPath` lies on, or undefined for a real one. */
export function virtualFileSystemOf(realPath: string): string | undefined {
  try {
    const name = VIRTUAL_FILE_SYSTEMS[Number(statfsSync(realPath).type)];
    if (name) return name;
  } catch {
    // No statfs here (or not allowed): the path alone decides.
  }
  return VIRTUAL_MOUNTS.find((prefix) => realPath === prefix || realPath.startsWith(`${prefix}/`))?.slice(1);
}

const onVirtual = (name: string): string => `is on the kernel's virtual file system (${name}), not a folder on disk`;

/** Why `dir` cannot be a knowledge folder (to follow "the knowledge folder …"), or undefined when it is a plain folder on disk. */
export function knowledgeFolderProblem(dir: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code})`;
  }
  const virtual = virtualFileSystemOf(real);
  if (virtual) return onVirtual(virtual);
  return statSync(real).isDirectory() ? undefined : 'is not a folder';
}

/**
 * Why the cache folder cannot be used, or undefined. It need not exist yet (it is created on the
 * first save), so the nearest folder that does exist is what is checked. One that cannot be written
 * is not refused: the index is then rebuilt each time, and the bot still answers.
 */
export function cacheFolderProblem(dir: string): string | undefined {
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    const virtual = virtualFileSystemOf(realpathSync(existing));
    return virtual ? onVirtual(virtual) : undefined;
  } catch {
    return undefined;
  }
}
