/**
 * One writer per workspace across the tabs of this browser. Two tabs writing the same workspace
 * would each overwrite the other's edits on every autosave (last writer wins, silently); instead
 * the first tab to write a workspace holds its Web Lock, and a second tab that opens it sees it
 * read-only and is told so — it can save its view as a new workspace, or take the workspace
 * over, which tells the first tab (its lock is stolen, and it becomes the read-only one).
 *
 * Where Web Locks are missing (old browsers, tests without a browser) every tab may write, as
 * before.
 */
import { useWorkspaceStatus } from './status.ts';

interface Held {
  id: string;
  release: () => void;
}

let held: Held | null = null;

const locks = (): LockManager | null =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;

const lockName = (id: string) => `clusterscope-workspace-${id}`;

/**
 * Makes this tab the writer of workspace `id` if no other tab is; true when it may write.
 * Holding one workspace releases the lock of the one held before.
 */
export async function claimWorkspace(id: string, { steal = false } = {}): Promise<boolean> {
  const manager = locks();
  if (!manager) return true;
  if (held?.id === id) return true;
  const granted = await new Promise<boolean>((resolve) => {
    let release: () => void = () => {};
    const holding = new Promise<void>((done) => {
      release = done;
    });
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    manager
      .request(lockName(id), options, (lock) => {
        if (lock === null) {
          resolve(false);
          return undefined;
        }
        if (held) held.release();
        held = { id, release };
        resolve(true);
        return holding;
      })
      .catch((error: unknown) => {
        // Another tab took this workspace over: from now on this tab only reads it.
        if ((error as DOMException)?.name === 'AbortError' && held?.id === id) {
          held = null;
          useWorkspaceStatus.setState({ readOnly: 'taken-over' });
        }
        resolve(false);
      });
  });
  const before = useWorkspaceStatus.getState().readOnly;
  useWorkspaceStatus.setState({
    readOnly: granted ? null : before === 'taken-over' ? 'taken-over' : 'open-elsewhere',
  });
  return granted;
}

/** Whether this tab may write workspace `id` now (it holds the lock, or nobody can lock). */
export function mayWrite(id: string): boolean {
  return locks() === null || held?.id === id;
}

export function releaseWorkspace(): void {
  held?.release();
  held = null;
}
