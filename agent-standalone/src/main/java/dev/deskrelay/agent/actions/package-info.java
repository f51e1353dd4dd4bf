/** The things a viewer can ask this computer to do, and the dispatcher that answers every request. */
package dev.deskrelay.agent.actions;
