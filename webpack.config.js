// Bundles src/main.ts into dist/Code.js for Apps Script and copies the manifest beside it.
const fs = require('fs');
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

class CopyManifest {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('CopyManifest', () => {
      fs.copyFileSync(path.join(__dirname, 'appsscript.json'), path.join(__dirname, 'dist', 'appsscript.json'));
    });
  }
}

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/main.ts',
  output: { path: path.join(__dirname, 'dist'), filename: 'Code.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020' } }] },
  // Readable stack traces in the Apps Script log matter more than a few kilobytes.
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new GasPlugin(), new CopyManifest()],
};
