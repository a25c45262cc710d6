// The charts' colours. Each implementation status keeps its colour on every chart and in the
// heat map; the text drawn on a colour is chosen for contrast (WCAG AA, 4.5:1).
export const statuses = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'NOT_PURSUED'] as const;
export type Status = (typeof statuses)[number];

export const statusColour: Record<Status, { fill: string; text: string }> = {
  PLANNED: { fill: '#a9c7e6', text: '#1b1f24' },
  IN_PROGRESS: { fill: '#2a6fb0', text: '#ffffff' },
  COMPLETED: { fill: '#1e6b34', text: '#ffffff' },
  SUSPENDED: { fill: '#f2c14e', text: '#1b1f24' },
  NOT_PURSUED: { fill: '#9ca3af', text: '#1b1f24' },
};

export const colours = {
  primary: '#2a6fb0',
  dark: '#0d3b66',
  onTrack: '#1e6b34',
  behind: '#c26a00',
  noTarget: '#9ca3af',
  due: '#a9c7e6',
  held: '#0d3b66',
  axis: '#4b5563',
  text: '#1b1f24',
  grid: '#e5e7eb',
};

// wrap breaks a label into lines of at most width characters at spaces (a longer word is
// split), so no label is ever cut off.
export function wrap(text: string, width: number): string[] {
  const w = Math.max(6, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > w) {
      if (line) { lines.push(line); line = ''; }
      lines.push(word.slice(0, w - 1) + '-');
      word = word.slice(w - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= w) line += ' ' + word;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
