// Runs in the browser before the app's code (Next.js loads it first on every page).
import './src/lib/zodJitless';
