import type { Metadata } from "next";
import { EmailFrequencyForm, PasswordForm, ProfileForm, SessionsPanel } from "@/components/account/account-forms";
import { getAccount } from "@/lib/users/account";
import { ROLE_LABELS } from "@/lib/users/account-consequences";
import { requireActor } from "@/lib/users/current-actor";
import { secondFactorStatus } from "@/lib/users/second-factor";
import { SecondFactorPanel } from "@/components/account/second-factor-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("read-drafts");
  const [account, secondFactor, params] = await Promise.all([getAccount({ actor }), secondFactorStatus({ actor }), searchParams]);
  return (
    <>
      <h1>Your account</h1>
      <p>
        {account.email} · {ROLE_LABELS[account.role]}
      </p>
      {params.password === "changed" ? (
        <p className="notice notice--ok" role="status">
          Your password is changed; every other device was signed out.
        </p>
      ) : null}
      <ProfileForm name={account.name} locale={account.locale} />
      <PasswordForm email={account.email} />
      <SecondFactorPanel
        enabledSince={secondFactor.enabledAt ? `${WHEN.format(secondFactor.enabledAt)} UTC` : null}
        unusedRecoveryCodes={secondFactor.unusedRecoveryCodes}
        isRequired={secondFactor.isRequired}
      />
      <SessionsPanel signIns={account.openSignIns.map((at) => `${WHEN.format(at)} UTC`)} />
      <EmailFrequencyForm frequency={account.emailFrequency} />
    </>
  );
}
