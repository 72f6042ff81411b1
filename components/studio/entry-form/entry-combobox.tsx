"use client";

import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from "react";
import { searchEntryOptionsAction } from "@/lib/studio/actions/entry-picker";
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "onSelect"> & {
  kind: EntryKindName;
  value: string;
  /** What was typed (the field keeps it as a slug, as before). */
  onType: (text: string) => void;
  /** An entry chosen from the list. */
  onChoose: (option: EntryOption) => void;
};

/**
 * An entry picker that searches the server as one types (ARIA 1.2 combobox with a list box): at least
 * two characters, a pause of a quarter second, twenty results; arrow keys move, Enter chooses, Escape
 * closes. Typing a slug directly still works.
 */
export function EntryCombobox({ kind, value, onType, onChoose, id, onBlur, ...inputProps }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const listId = `${inputId}-listbox`;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<EntryOption[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const latestRequest = useRef(0);

  useEffect(() => {
    if (query.trim().length < MIN_CHARS) return;
    const request = ++latestRequest.current;
    const timer = setTimeout(async () => {
      const result = await searchEntryOptionsAction(kind, query);
      // A slower, older answer never replaces a newer one.
      if (request !== latestRequest.current) return;
      const options = result.ok ? result.options : [];
      setResults(options);
      setActive(-1);
      setIsOpen(true);
      setStatus(
        result.ok
          ? options.length === 0
            ? `No ${kind} matches “${query.trim()}”.`
            : `${options.length} ${options.length === 1 ? "match" : "matches"}; use the arrow keys to choose.`
          : (result.formError ?? "The search failed."),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [kind, query]);

  function choose(option: EntryOption) {
    onChoose(option);
    setIsOpen(false);
    setActive(-1);
    setQuery("");
    setStatus(`Chose ${option.title}.`);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && results.length > 0) {
      event.preventDefault();
      setIsOpen(true);
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length > 0) {
      event.preventDefault();
      setIsOpen(true);
      setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (event.key === "Enter" && isOpen && active >= 0 && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape" && isOpen) {
      event.preventDefault();
      setIsOpen(false);
      setActive(-1);
    }
  }

  const isExpanded = isOpen && results.length > 0;
  return (
    <div className="combobox">
      <input
        {...inputProps}
        id={inputId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-activedescendant={isExpanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={value}
        onChange={(e) => {
          onType(e.target.value);
          setQuery(e.target.value);
          if (e.target.value.trim().length < MIN_CHARS) {
            setIsOpen(false);
            setResults([]);
            setStatus(e.target.value.trim() === "" ? "" : `Type at least ${MIN_CHARS} characters to search.`);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          onBlur?.(e);
          setIsOpen(false);
        }}
      />
      <ul id={listId} role="listbox" aria-label={`Matching ${kind}s`} className="combobox__list" hidden={!isExpanded}>
        {results.map((option, i) => (
          <li
            key={option.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "combobox__option combobox__option--active" : "combobox__option"}
            // mousedown, not click: it runs before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(option);
            }}
          >
            {option.title} <span className="muted">{option.slug}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
