/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    return {
      name: "plinth",
      home: "aws",
    };
  },
  async run() {},
});
