"use client";

import { useState, useTransition } from "react";
import { setSecondFactorPolicyAction } from "@/lib/users/actions/user-actions";
import type { Role } from "@/lib/users/permissions";

const LABELS: Record<Role, string> = { EDITOR: "Editors", REVIEWER: "Reviewers", ADMIN: "Admins" };

/** Per role: whether its members must set up a second factor before using the studio. */
export function SecondFactorPolicyForm({ policy }: { policy: Record<Role, boolean> }) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <section className="card" aria-labelledby="policy-heading">
      <h2 id="policy-heading">Second factor</h2>
      <p>People in a role that requires it are sent to set it up before anything else in the studio.</p>
      {message ? <p role="status">{message}</p> : null}
      {(Object.keys(LABELS) as Role[]).map((role) => (
        <label key={role} className="radio-option">
          <input
            type="checkbox"
            defaultChecked={policy[role]}
            disabled={isPending}
            onChange={(e) => {
              const isRequired = e.target.checked;
              startTransition(async () => {
                const result = await setSecondFactorPolicyAction({ role, isRequired });
                setMessage(
                  result.ok ? `${LABELS[role]} ${isRequired ? "must now use" : "no longer need"} a second factor.` : (result.formError ?? "Not saved"),
                );
              });
            }}
          />{" "}
          {LABELS[role]} must use a second factor
        </label>
      ))}
    </section>
  );
}
