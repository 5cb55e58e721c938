// Headless Node-RED settings (used with node-red@4 on Node 20): loopback only, no editor/admin API, no telemetry, no palette installs.
module.exports = {
    uiHost: "127.0.0.1",
    uiPort: process.env.PORT || 1880,
    userDir: "" + __dirname + "/userdir",
    flowFile: "" + __dirname + "/flows.json",
    flowFilePretty: true,
    credentialSecret: false,
    httpAdminRoot: false,          // disables the editor and admin HTTP API -> headless
    telemetry: { enabled: false, updateNotification: false },
    diagnostics: { enabled: false, ui: false },
    runtimeState: { enabled: false, ui: false },
    externalModules: { autoInstall: false, palette: { allowInstall: false, allowUpload: false } },
    functionExternalModules: false,
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
