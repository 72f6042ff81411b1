"use server";

import { headers } from "next/headers";
import { env } from "../../env";
import type { ActionResult } from "../../http/action-result";
import { runAction } from "../../http/server-action";
import { changePassword, setEmailFrequency, signOutEverywhere, updateProfile } from "../account";
import type { Locale } from "../account-schema";
import { clientAddress } from "../client-address";
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from "../second-factor";

const ACCOUNT = { path: "/studio", type: "layout" } as const;

export async function updateProfileAction(input: unknown): Promise<ActionResult<{ name: string; locale: Locale | "" }>> {
  return runAction((actor) => updateProfile({ actor, input }), { revalidate: ACCOUNT });
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const address = clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
  return runAction(async (actor) => {
    await changePassword({ actor, input, address });
    return {};
  });
}

export async function signOutEverywhereAction(input: unknown): Promise<ActionResult> {
  return runAction(async (actor) => {
    await signOutEverywhere({ actor, input });
    return {};
  });
}

export async function emailFrequencyAction(input: unknown): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await setEmailFrequency({ actor, input });
      return {};
    },
    { revalidate: { path: "/studio/account" } },
  );
}

export async function startTotpEnrolmentAction(): Promise<ActionResult<{ secret: string; qrSvg: string }>> {
  return runAction(async (actor) => {
    const { secret, qrSvg } = await startTotpEnrolment({ actor });
    return { secret, qrSvg };
  });
}

export async function confirmTotpEnrolmentAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction((actor) => confirmTotpEnrolment({ actor, input }));
}

export async function disableTotpAction(input: unknown): Promise<ActionResult> {
  const address = clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
  return runAction(
    async (actor) => {
      await disableTotp({ actor, input, address });
      return {};
    },
    { revalidate: { path: "/studio/account" } },
  );
}
