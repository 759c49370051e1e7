/**
 * Codes of the problems the app itself reports (not a package's or an import's located problems, which have
 * their own codes in data/problems). Each names what the user was doing when it went wrong; its message and
 * fix are in `ui-problem-messages.ts`, in Dutch and English.
 */
export type UiProblemCode =
  // something the user asked for failed
  | 'package-open-failed'
  | 'database-start-failed'
  | 'map-compute-failed'
  | 'analysis-failed'
  | 'area-details-failed'
  | 'chart-failed'
  | 'panel-failed'
  | 'export-failed'
  | 'save-failed'
  | 'compare-maps-failed'
  | 'project-open-failed'
  | 'autosave-failed'
  | 'autosave-restore-failed'
  | 'basemap-failed'
  | 'presentation-failed'
  | 'presentation-fullscreen-refused'
  | 'story-view-other-package'
  | 'import-failed'
  | 'organise-apply-failed'
  | 'organise-save-failed'
  | 'organise-import-rejected'
  | 'organise-import-warnings'
  | 'organise-import-failed'
  | 'organise-fte-refused'
  // causes recognised in an error (shown as the reason of the one above)
  | 'cause-storage-full'
  | 'cause-not-allowed'
  | 'cause-file-unreachable'
  | 'cause-out-of-memory'
  | 'cause-no-map'
  | 'cause-unexpected';
