// swagger-ui-dist ships no types. Only what Accord uses is declared.

declare module "swagger-ui-dist/absolute-path.js" {
  /** The folder holding swagger-ui-bundle.js and swagger-ui.css. */
  export default function getAbsoluteFSPath(): string;
}

/** The global swagger-ui-bundle.js defines when it loads (see app/(dashboard)/api-reference). */
interface SwaggerUIBundleOptions {
  domNode: HTMLElement;
  url: string;
  deepLinking?: boolean;
  docExpansion?: "list" | "full" | "none";
  defaultModelsExpandDepth?: number;
  persistAuthorization?: boolean;
  tryItOutEnabled?: boolean;
  displayRequestDuration?: boolean;
  filter?: boolean;
  validatorUrl?: string | null;
  onComplete?: () => void;
}

interface Window {
  SwaggerUIBundle?: (options: SwaggerUIBundleOptions) => unknown;
}
