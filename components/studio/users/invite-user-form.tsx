"use client";

import { useState, useTransition } from "react";
import type { FieldErrors } from "@/lib/errors";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { invitationSchema } from "@/lib/users/account-schema";
import { inviteUserAction } from "@/lib/users/actions/user-actions";

const EMPTY = { email: "", role: "EDITOR" };

/** The admin names an address and a role; the person chooses their own name and password through the e-mailed link. */
export function InviteUserForm() {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setValues({ ...values, [key]: e.target.value });
    if (errors[key]) setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setLink(null);
    const invalid = schemaFieldErrors(invitationSchema, values);
    if (invalid) {
      setErrors(invalid);
      setMessage(null);
      return;
    }
    startTransition(async () => {
      const result = await inviteUserAction(values);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(result.formError ?? null);
        return;
      }
      setErrors({});
      setValues(EMPTY);
      if (result.isMailed) setMessage(`Invitation sent to ${result.email}. The link works once, for 7 days.`);
      else {
        setMessage(`E-mail could not be sent. Give ${result.email} this link yourself (it works once, for 7 days; it is not shown again):`);
        setLink(result.link);
      }
    });
  }

  return (
    <form onSubmit={submit} className="card" noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      {message ? (
        <p role="status" className={link ? "notice notice--warn" : "notice notice--ok"}>
          {message}
          {link ? (
            <>
              {" "}
              <code className="invitation-link">{link}</code>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor="invite-email">E-mail</label>
        <input
          id="invite-email"
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={set("email")}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "invite-email-error" : undefined}
        />
        {errors.email ? (
          <p id="invite-email-error" className="field-error">
            {errors.email.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="form-field">
        <label htmlFor="invite-role">Role</label>
        <select
          id="invite-role"
          value={values.role}
          onChange={set("role")}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? "invite-role-error" : undefined}
        >
          <option value="EDITOR">Editor</option>
          <option value="REVIEWER">Reviewer</option>
          <option value="ADMIN">Admin</option>
        </select>
        {errors.role ? (
          <p id="invite-role-error" className="field-error">
            {errors.role.join(" ")}
          </p>
        ) : null}
      </div>
      <p className="field-hint">They choose their own name and password; nobody else ever sees it.</p>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Inviting…" : "Send invitation"}
      </button>
    </form>
  );
}
