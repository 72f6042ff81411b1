// Zod 4 probes `Function("")` to decide whether it may compile parsers; under our Content-Security-Policy
// (no 'unsafe-eval', docs/decisions/005-content-security-policy.md) the probe is a reported violation in
// the browser. Interpreted parsing is fast enough for forms. Every schema module a client component
// imports imports this first.
import { z } from "zod";

z.config({ jitless: true });
