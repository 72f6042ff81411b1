// `npm run user:create -- --email a@b.org --name "A B" --role ADMIN`: the first admin of a production
// database. The password is read from EXPEDIENTE_PASSWORD or asked for (not echoed).
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { db } from "../lib/db";
import { ValidationError } from "../lib/errors";
import { createUser } from "../lib/users/create-user";
import { SYSTEM_ACTOR } from "../lib/users/permissions";

async function askPassword(): Promise<string> {
  if (process.env.EXPEDIENTE_PASSWORD) return process.env.EXPEDIENTE_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stderr.write("Password (12 characters or more): ");
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" } } });
  const password = await askPassword();
  try {
    const user = await createUser({ actor: SYSTEM_ACTOR, input: { email: values.email, name: values.name ?? values.email, role: values.role, password } });
    console.error(`Created ${values.role} ${values.email} (${user.id})`);
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const [field, messages] of Object.entries(error.fieldErrors)) console.error(`${field}: ${messages.join("; ")}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db().$disconnect();
  }
}

void main();
