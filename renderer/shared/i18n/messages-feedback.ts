/** The words of busy marks and progress (renderer/shared/ui/BusyMark.tsx), Dutch first. */
export const feedbackNl = {
  busy: 'Bezig…',
};

export const feedbackEn: Record<keyof typeof feedbackNl, string> = {
  busy: 'Working…',
};
