import { ForbiddenMessage } from "@/components/ui/forbidden-message";
import { getMessages } from "@/lib/i18n/translator";

// No request data here: Next renders this boundary with every page, including the stored reader pages
// (reading headers() here made them dynamic and failed them). The language is chosen in the browser.
export default function Forbidden() {
  return <ForbiddenMessage text={{ en: getMessages("en").forbidden, es: getMessages("es").forbidden }} />;
}
