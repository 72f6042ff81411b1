"use client";

import { useState, useTransition } from "react";
import { revokeInvitationAction } from "@/lib/users/actions/user-actions";

export type PendingInvitation = { id: string; email: string; roleLabel: string; expires: string };

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">Invitations not yet accepted</h2>
      {message ? <p role="status">{message}</p> : null}
      <ul className="nav-list">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            {invitation.email} · {invitation.roleLabel} · the link works until {invitation.expires}{" "}
            <button
              type="button"
              className="button button--secondary"
              disabled={isPending}
              onClick={() =>
                startTransition(async () => {
                  const result = await revokeInvitationAction(invitation.id);
                  setMessage(
                    result.ok
                      ? `The invitation to ${invitation.email} was withdrawn; its link no longer works.`
                      : (result.formError ?? "Could not withdraw it"),
                  );
                })
              }
            >
              Withdraw
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
