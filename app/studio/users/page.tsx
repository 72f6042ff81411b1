import type { Metadata } from "next";
import { NewUserForm } from "@/components/studio/users/new-user-form";
import { UserRowActions } from "@/components/studio/users/user-row-actions";
import { requireActor } from "@/lib/users/current-actor";
import { listUsers } from "@/lib/users/list-users";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor("manage-users");
  const users = await listUsers({ actor });
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
                <td data-label="Role">{user.role.toLowerCase()}</td>
                <td data-label="Status">{user.isActive ? "active" : "deactivated"}</td>
                <td className="stack-table__actions">
                  <UserRowActions userId={user.id} role={user.role} isActive={user.isActive} isSelf={user.id === actor.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewUserForm />
    </>
  );
}
