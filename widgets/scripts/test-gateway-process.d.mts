export declare function startTestGatewayProcess(): { ready: Promise<string>; stop(): Promise<void> };
