"use client";

import { useState, type ReactNode } from "react";
import { NEEDS_SCRIPT_ATTRIBUTE } from "@/lib/cache/reader-document";

/** Content flagged as graphic: blurred, and its download withheld, until the reader chooses to see it. */
export function GraphicReveal({ children }: { children: ReactNode }) {
  const [isShown, setIsShown] = useState(false);
  return (
    // The button needs hydration: the page keeps its scripts when the proxy stores it.
    <div className={`graphic${isShown ? " graphic--shown" : ""}`} {...{ [NEEDS_SCRIPT_ATTRIBUTE]: "" }}>
      {isShown ? null : (
        <p className="graphic__warning">
          <strong>Graphic content.</strong> This capture may show violence or its victims.{" "}
          <button type="button" className="button button--secondary" onClick={() => setIsShown(true)}>
            Show the capture
          </button>
        </p>
      )}
      <div className="graphic__content" aria-hidden={isShown ? undefined : true} inert={!isShown}>
        {children}
      </div>
    </div>
  );
}
