import type { Metadata } from "next";
import { InviteUserForm } from "@/components/studio/users/invite-user-form";
import { PendingInvitations } from "@/components/studio/users/pending-invitations";
import { SecondFactorPolicyForm } from "@/components/studio/users/second-factor-policy-form";
import { UserRowActions } from "@/components/studio/users/user-row-actions";
import { ROLE_LABELS } from "@/lib/users/account-consequences";
import { requireActor } from "@/lib/users/current-actor";
import { listInvitations } from "@/lib/users/invite-user";
import { listUsers } from "@/lib/users/list-users";
import { listSecondFactorPolicy } from "@/lib/users/second-factor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function UsersPage() {
  const actor = await requireActor("manage-users");
  const [users, invitations, policy] = await Promise.all([listUsers({ actor }), listInvitations({ actor }), listSecondFactorPolicy()]);
  return (
    <>
      <h1>Users</h1>
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td className="stack-table__title">{user.name}</td>
                <td data-label="E-mail">{user.email}</td>
                <td data-label="Role">{ROLE_LABELS[user.role]}</td>
                <td data-label="Status">{user.isActive ? "Active" : "Deactivated"}</td>
                <td className="stack-table__actions">
                  <UserRowActions userId={user.id} name={user.name} role={user.role} isActive={user.isActive} isSelf={user.id === actor.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PendingInvitations
        invitations={invitations.map((i) => ({ id: i.id, email: i.email, roleLabel: ROLE_LABELS[i.role ?? "EDITOR"], expires: DATE.format(i.expiresAt) }))}
      />
      <InviteUserForm />
      <SecondFactorPolicyForm policy={policy} />
    </>
  );
}
