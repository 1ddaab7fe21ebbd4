/**
 * Registering a simulated LTI platform with a running gateway through the org admin's
 * `registerLtiPlatform` mutation, as the demo's LMS and the hand-run platform script both do.
 */
import type { SimulatedPlatform } from '../modules/lti/testing/platform.js';

export const REGISTER_LTI_PLATFORM = `mutation ($input: RegisterLtiPlatformInput!) {
  registerLtiPlatform(input: $input) { registration { id } userErrors { message } }
}`;

export interface RegisterLtiPlatformResult {
  registerLtiPlatform: { registration: { id: string } | null; userErrors: Array<{ message: string }> };
}

/** The mutation's input for `platform`: its issuer, client, deployment and endpoints. */
export function ltiRegistrationInput(platform: SimulatedPlatform, emailLinkDomains: string[]) {
  return {
    issuer: platform.issuer,
    clientId: platform.clientId,
    deploymentIds: [platform.deploymentId],
    jwksUrl: platform.jwksUrl,
    authLoginUrl: platform.authLoginUrl,
    accessTokenUrl: platform.accessTokenUrl,
    emailLinkDomains,
  };
}
