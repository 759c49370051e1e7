import { useState } from 'react';
import { useI18n, useServices } from '../../../app/app-context';
import { openProjectText, saveProjectFile } from '../../../app/project/project-commands';
import { reportProblem } from '../../../shared/problems';

type ProjectMessage = { readonly kind: 'status' | 'alert'; readonly lines: readonly string[] };

/**
 * Save the scenarios as a `.wijkzicht` project, or open one (its problems listed; nothing lost). What was
 * saved or opened is said here; a failure (writing, reading the file) is a coded notice (reportProblem).
 */
export function ProjectBar() {
  const services = useServices();
  const { t } = useI18n();
  const [message, setMessage] = useState<ProjectMessage | null>(null);
  const save = () =>
    saveProjectFile(services).then(
      (where) => where && setMessage({ kind: 'status', lines: [t('projectSaved', { where })] }),
      (error: unknown) => reportProblem(services.store, 'save-failed', error),
    );
  const open = (file: File) =>
    file
      .text()
      .then((text) => openProjectText(services, text, file.name))
      .then(
        (outcome) => {
          if (!outcome.ok) setMessage({ kind: 'alert', lines: [t('projectProblems'), ...outcome.problems] });
          else setMessage({ kind: 'status', lines: [t('projectOpened', { count: outcome.scenarios }), ...(outcome.packageChanged ? [t('projectPackageChanged')] : [])] });
        },
        (error: unknown) => reportProblem(services.store, 'project-open-failed', error, { params: { file: file.name } }),
      );
  return (
    <div className="planner-bar">
      <button type="button" data-testid="project-save" onClick={() => void save()}>
        {t('projectSave')}
      </button>
      <label className="button-like">
        {t('projectOpen')}
        <input
          type="file"
          accept=".wijkzicht,application/json"
          data-testid="project-open-input"
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
        />
      </label>
      {message && (
        <div role={message.kind} data-testid="project-message" className={message.kind === 'alert' ? 'chart-error' : 'hint'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
