"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markAllReadAction, markReadAction } from "@/app/studio/inbox/actions";

export function MarkReadButton({ notificationId, headline }: { notificationId: string; headline: string }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="link-button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await markReadAction(notificationId);
          router.refresh();
        })
      }
    >
      Mark as read<span className="visually-hidden">: {headline}</span>
    </button>
  );
}

export function MarkAllReadButton() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await markAllReadAction();
          router.refresh();
        })
      }
    >
      Mark all as read
    </button>
  );
}
