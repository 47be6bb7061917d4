/** A network's name as the start of a file name: no extensions, no spaces or punctuation. */
export function fileSafeName(networkName: string | null): string {
  return (
    (networkName ?? '')
      .replace(/\.[a-z]+(\s|$)/gi, '$1')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'network'
  );
}
