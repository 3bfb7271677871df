import { useCallback, useState } from 'react';
import type { ApiProblem } from './errors';

/**
 * The server's reason shown on the field it named. React Aria's Form makes such an error block
 * the next submission until it is cleared, so a field's error goes as soon as it is edited.
 */
export function useFieldErrors(fields: readonly string[]) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const show = useCallback(
    (problem: ApiProblem | null) => setErrors(problem?.field && fields.includes(problem.field) ? { [problem.field]: problem.message.replace(/^[\w.]+: /, '') } : {}),
    [fields],
  );
  const edited = useCallback((field: string) => setErrors((current) => (field in current ? {} : current)), []);
  return { errors, show, edited };
}
