"use client";

import { useState, useTransition } from "react";
import { activityChangeConsequence, roleChangeConsequence } from "@/lib/users/account-consequences";
import { updateUserAction } from "@/lib/users/actions/user-actions";
import type { Role } from "@/lib/users/permissions";

type Pending = { change: "role"; role: Role } | { change: "active"; isActive: boolean };

/**
 * Role and activation. Nothing changes on choosing: Save (or Deactivate) first says, in words, what the
 * change will mean for the person, and only the confirmation sends it. Each ends the person's sessions
 * and is e-mailed to them.
 */
export function UserRowActions({ userId, name, role, isActive, isSelf }: { userId: string; name: string; role: Role; isActive: boolean; isSelf: boolean }) {
  const [chosenRole, setChosenRole] = useState<Role>(role);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isSaving, startTransition] = useTransition();
  if (isSelf) return <p className="muted">Your own role and access are changed by another admin.</p>;

  const confirm = () => {
    if (!pending) return;
    startTransition(async () => {
      const result = await updateUserAction(userId, pending);
      setPending(null);
      if (!result.ok) {
        setMessage((Object.values(result.fieldErrors).flat().join(" ") || result.formError) ?? "Could not change this user");
        return;
      }
      setMessage(
        pending.change === "role"
          ? `${name} is now ${pending.role.toLowerCase()}; they were told by e-mail.`
          : pending.isActive
            ? `${name} can sign in again; they were told by e-mail.`
            : `${name} is deactivated and signed out; they were told by e-mail.`,
      );
    });
  };
  const consequence = pending
    ? pending.change === "role"
      ? roleChangeConsequence(name, pending.role)
      : activityChangeConsequence(name, pending.isActive)
    : "";

  return (
    <div className="user-actions">
      <div className="user-actions__row">
        <label htmlFor={`role-${userId}`}>Role</label>
        <select
          id={`role-${userId}`}
          value={chosenRole}
          disabled={isSaving || pending !== null}
          onChange={(e) => {
            setChosenRole(e.target.value as Role);
            setMessage(null);
          }}
        >
          <option value="EDITOR">Editor</option>
          <option value="REVIEWER">Reviewer</option>
          <option value="ADMIN">Admin</option>
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={isSaving || pending !== null || chosenRole === role}
          onClick={() => setPending({ change: "role", role: chosenRole })}
        >
          Save role…
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isSaving || pending !== null}
          onClick={() => setPending({ change: "active", isActive: !isActive })}
        >
          {isActive ? "Deactivate…" : "Reactivate…"}
        </button>
      </div>
      {pending ? (
        <div role="alertdialog" aria-labelledby={`confirm-${userId}`} className="notice notice--warn user-actions__confirm">
          <p id={`confirm-${userId}`}>{consequence}</p>
          <button
            type="button"
            className={pending.change === "active" && !pending.isActive ? "button button--danger" : "button"}
            disabled={isSaving}
            onClick={confirm}
          >
            {pending.change === "role" ? `Make ${name} ${pending.role.toLowerCase()}` : pending.isActive ? `Reactivate ${name}` : `Deactivate ${name}`}
          </button>{" "}
          <button
            type="button"
            className="button button--secondary"
            disabled={isSaving}
            onClick={() => {
              setPending(null);
              setChosenRole(role);
            }}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <p role="status" className="muted user-actions__message">
          {message}
        </p>
      ) : null}
    </div>
  );
}
