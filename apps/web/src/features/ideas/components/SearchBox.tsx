import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Full-text search in the challenge's language; Enter or the button searches; emptying it shows the feed again. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <div className="search-field">
        <label htmlFor={id}>{t('ideas.searchLabel')}</label>
        <input
          id={id}
          type="search"
          name="q"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value === '') onSearch('');
          }}
        />
      </div>
      <button type="submit">{t('ideas.search')}</button>
    </form>
  );
}
