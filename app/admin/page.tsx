import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRow } from "@/components/admin/user-row";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const actor = await requirePageActor("user.manage", "/admin");
  const users = await listUsers({ actor });
  return (
    <>
      <h1>Users</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={{ id: user.id, name: user.name, email: user.email, role: user.role, disabled: user.disabledAt !== null }}
              isSelf={user.id === actor.id}
            />
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <CreateUserForm />
    </>
  );
}
