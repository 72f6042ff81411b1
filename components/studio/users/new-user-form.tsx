"use client";

import { useState, useTransition } from "react";
import { createUserAction } from "@/lib/studio/actions/users";
import type { FieldErrors } from "@/lib/errors";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { newUserSchema } from "@/lib/users/user-schema";

const EMPTY = { email: "", name: "", role: "EDITOR", password: "" };

export function NewUserForm() {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setValues({ ...values, [key]: e.target.value });
    // A corrected field loses its message; the others keep theirs until the next submit.
    if (errors[key]) setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const invalid = schemaFieldErrors(newUserSchema, values);
    if (invalid) {
      setErrors(invalid);
      setMessage(null);
      return;
    }
    startTransition(async () => {
      const result = await createUserAction(values);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(result.formError ?? null);
        return;
      }
      setErrors({});
      setMessage(`Created ${values.email}.`);
      setValues(EMPTY);
    });
  }

  const field = (key: keyof typeof EMPTY, label: string, type = "text") => (
    <div className="form-field">
      <label htmlFor={`new-user-${key}`}>{label}</label>
      <input
        id={`new-user-${key}`}
        type={type}
        value={values[key]}
        onChange={set(key)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `new-user-${key}-error` : undefined}
      />
      {errors[key] ? (
        <p id={`new-user-${key}-error`} className="field-error">
          {errors[key].join(" ")}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={submit} className="card" noValidate>
      <h2>Add a user</h2>
      {message ? <p role="status">{message}</p> : null}
      {field("email", "E-mail", "email")}
      {field("name", "Name")}
      <div className="form-field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" value={values.role} onChange={set("role")}>
          <option value="EDITOR">Editor</option>
          <option value="REVIEWER">Reviewer</option>
          <option value="ADMIN">Admin</option>
        </select>
      </div>
      {field("password", "Initial password (12 characters or more)", "password")}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
