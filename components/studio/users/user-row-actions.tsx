"use client";

import { useState, useTransition } from "react";
import { updateUserAction } from "@/lib/studio/actions/users";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { userChangeSchema } from "@/lib/users/user-schema";

/** Role, activation and password reset; each ends the person's open sessions. */
export function UserRowActions({ userId, role, isActive, isSelf }: { userId: string; role: string; isActive: boolean; isSelf: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const [isPending, startTransition] = useTransition();

  const run = (input: unknown, done: string) => {
    const invalid = schemaFieldErrors(userChangeSchema, input);
    if (invalid) {
      setMessage(Object.values(invalid).flat().join(" "));
      return;
    }
    startTransition(async () => {
      const result = await updateUserAction(userId, input);
      setMessage(result.ok ? done : ((Object.values(result.fieldErrors).flat().join(" ") || result.formError) ?? "Could not change this user"));
      if (result.ok) setPassword("");
    });
  };

  return (
    <div className="user-actions">
      {!isSelf ? (
        <div className="user-actions__row">
          <label htmlFor={`role-${userId}`}>Change role</label>
          <select
            id={`role-${userId}`}
            defaultValue={role}
            disabled={isPending}
            onChange={(e) => run({ change: "role", role: e.target.value }, "Role changed.")}
          >
            <option value="EDITOR">Editor</option>
            <option value="REVIEWER">Reviewer</option>
            <option value="ADMIN">Admin</option>
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={isPending}
            onClick={() => run({ change: "active", isActive: !isActive }, isActive ? "Deactivated." : "Reactivated.")}
          >
            {isActive ? "Deactivate" : "Reactivate"}
          </button>
        </div>
      ) : null}
      <div className="user-actions__row">
        <label htmlFor={`password-${userId}`}>New password</label>
        <input id={`password-${userId}`} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button
          type="button"
          className="button button--secondary"
          disabled={isPending || !password}
          onClick={() => run({ change: "password", password }, "Password reset.")}
        >
          Reset password
        </button>
      </div>
      {message ? (
        <p role="status" className="muted user-actions__message">
          {message}
        </p>
      ) : null}
    </div>
  );
}
