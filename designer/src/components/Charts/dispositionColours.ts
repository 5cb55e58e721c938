/** One colour per disposition, shared by the timeline, the donut and their legends. */
export const DISPOSITION_COLOURS: Record<string, string> = {
  answered: '#1f9d55',
  busy: '#c77700',
  noAnswer: '#8a94a6',
  failed: '#d0342c',
  abandoned: '#7b3fd0',
  interrupted: '#4a5568',
  converted: '#2f6fed',
};
